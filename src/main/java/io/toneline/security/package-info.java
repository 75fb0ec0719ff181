/**
 * Authentication and roles, the Quarkus way: hashed API keys ({@code ApiKeyMechanism} and
 * {@code ApiKeyIdentityProvider}) and bearer JWTs (quarkus-smallrye-jwt) feed the same
 * {@code SecurityIdentity}; {@code RoleAugmentor} adds the roles each role implies; {@code AccessGate}
 * keeps an unconfigured service to loopback clients. The rules themselves ({@code Roles},
 * {@code ApiKeys}, {@code AccessRules}) are plain classes.
 */
package io.toneline.security;
