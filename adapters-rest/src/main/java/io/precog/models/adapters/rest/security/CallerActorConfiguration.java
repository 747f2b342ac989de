package io.precog.models.adapters.rest.security;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link CallerActorResolver}, so that controllers take the caller as an {@code Actor} parameter. */
@Configuration(proxyBeanMethods = false)
public class CallerActorConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerActorResolver());
    }
}
