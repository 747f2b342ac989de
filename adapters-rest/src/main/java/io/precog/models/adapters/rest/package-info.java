/** The REST service of the model manager: a Spring Boot application over the application's use cases. */
package io.precog.models.adapters.rest;
