/** ArchUnit rules that state the architecture and are checked on every build. */
package io.precog.models.architecture;
