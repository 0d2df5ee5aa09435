/**
 * The register of AI systems: who operates each system, for what purpose and on what legal basis, with
 * which models, datasets and data sources, how humans oversee it, where its use is announced, and its
 * status from draft to retired. Registered systems appear in the public register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register of AI systems")
package kz.senim.registry;
