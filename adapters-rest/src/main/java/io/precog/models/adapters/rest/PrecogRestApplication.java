package io.precog.models.adapters.rest;

import io.precog.models.adapters.rest.security.TokenCommand;
import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the REST service. {@code java -jar adapters-rest.jar} starts the service;
 * {@code java -jar adapters-rest.jar token --subject NAME --scopes SCOPES} prints a token signed with the
 * local key, for a service that runs with the local issuer.
 */
@SpringBootApplication
public class PrecogRestApplication {

    public static void main(String[] args) {
        if (args.length > 0 && TokenCommand.NAME.equals(args[0])) {
            PrintStream tokenOutput = System.out;
            // Log lines of the libraries go to stderr, so that stdout carries the token alone.
            System.setOut(System.err);
            int status = TokenCommand.run(Arrays.copyOfRange(args, 1, args.length), tokenOutput, System.err);
            System.exit(status);
        }
        SpringApplication.run(PrecogRestApplication.class, args);
    }
}
