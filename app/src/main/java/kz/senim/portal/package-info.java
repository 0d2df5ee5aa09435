/** The start page: what each role can do in Senim, in the user's language. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package kz.senim.portal;
