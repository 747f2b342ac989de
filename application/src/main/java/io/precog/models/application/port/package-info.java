/** Outbound ports: what the use cases need from storage, each named for the capability it provides. */
package io.precog.models.application.port;
