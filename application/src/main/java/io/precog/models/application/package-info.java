/** Use cases of the model manager, behind the outbound ports of {@code application.port}. */
package io.precog.models.application;
