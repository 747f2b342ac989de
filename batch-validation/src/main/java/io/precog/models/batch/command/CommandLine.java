package io.precog.models.batch.command;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: a command name, then options {@code --name=value} (or {@code --name} alone for
 * {@code true}). Options that start with {@code --spring.}, {@code --precog.} or {@code --logging.} are
 * passed to Spring as properties. {@code help}, {@code --help} or {@code -h} anywhere prints the usage.
 */
public record CommandLine(String command, Map<String, String> options) {

    /** The commands and the options each accepts. */
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "calibrate", Set.of("as-of", "domain", "model", "statuses", "window-start", "reports", "progress-every",
                    "no-import", "recover"),
            "import-nfl", Set.of(),
            "generate", Set.of("events", "models", "seed", "miscalibration", "decimals", "void-share", "domain"),
            "benchmark", Set.of("events", "models", "seed", "miscalibration", "decimals", "void-share", "domain",
                    "repeat"),
            "help", Set.of());

    /** Options that are on or off: {@code --name} or {@code --name=true} turns them on, {@code --name=false} off. */
    private static final Set<String> FLAGS = Set.of("no-import", "recover");

    /** The arguments that ask for the usage wherever they stand. */
    private static final Set<String> HELP = Set.of("help", "--help", "-h");

    public CommandLine {
        options = Map.copyOf(options);
    }

    /** @throws UsageException naming what is wrong */
    public static CommandLine parse(String... args) {
        if (Arrays.stream(args).anyMatch(HELP::contains)) {
            return new CommandLine("help", Map.of());
        }
        String command = "calibrate";
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                if (i != 0) {
                    throw new UsageException("unexpected argument '" + arg + "': give the command first, then options"
                            + " such as --as-of=2021-02-08T00:00:00Z");
                }
                command = arg;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            options.put(name, equals < 0 ? "true" : arg.substring(equals + 1));
        }
        if (!OPTIONS.containsKey(command)) {
            throw new UsageException("unknown command '" + command + "'; use one of " + OPTIONS.keySet());
        }
        for (String name : options.keySet()) {
            if (!OPTIONS.get(command).contains(name) && !isSpringProperty(name)) {
                throw new UsageException("unknown option --" + name + " for " + command + "; it accepts "
                        + OPTIONS.get(command).stream().sorted().map(option -> "--" + option).toList());
            }
            if (FLAGS.contains(name)) {
                parseFlag(name, options.get(name));
            }
        }
        return new CommandLine(command, options);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    /**
     * Returns whether an on-or-off option is on: given alone or as {@code true}. It is off when absent or
     * {@code false}.
     *
     * @throws UsageException when its value is neither true nor false
     */
    public boolean flag(String name) {
        String value = options.get(name);
        return value != null && parseFlag(name, value);
    }

    private static boolean parseFlag(String name, String value) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new UsageException("invalid --" + name + "=" + value + ": give --" + name + " alone, or --" + name
                + "=true or --" + name + "=false");
    }

    /** @throws UsageException when the value is not a whole number of at least {@code minimum} */
    public long number(String name, long fallback, long minimum) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.replace("_", "").replace(",", ""));
            if (parsed < minimum) {
                throw new UsageException("--" + name + " must be at least " + minimum + ": " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number: " + value);
        }
    }

    /** Data folder of the embedded server for synthetic data, kept apart from the real data. */
    public static final String SYNTHETIC_DATA_FOLDER = ".precog/benchmark-postgres";

    /**
     * The options meant for Spring, as {@code name=value} properties. Synthetic data goes to its own
     * embedded database unless the command line names a data folder.
     */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (command.equals("generate") || command.equals("benchmark")) {
            properties.put("precog.data-folder", SYNTHETIC_DATA_FOLDER);
        }
        options.forEach((name, value) -> {
            if (isSpringProperty(name)) {
                properties.put(name, value);
            }
        });
        return properties;
    }

    private static boolean isSpringProperty(String name) {
        return name.startsWith("spring.") || name.startsWith("precog.") || name.startsWith("logging.");
    }
}
