/** The model version aggregate, its identifiers, lifecycle and validation metrics. */
package io.precog.models.domain.model;
