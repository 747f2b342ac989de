/** Reading model configs from YAML files with every number kept as an exact decimal or integer. */
package io.precog.models.application.config;
