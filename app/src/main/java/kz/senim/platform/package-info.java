/**
 * Infrastructure every feature uses: the embedded PostgreSQL default, languages (kk, ru, en),
 * problem-details errors and request limits. Open, because it holds no feature of its own.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.senim.platform;
