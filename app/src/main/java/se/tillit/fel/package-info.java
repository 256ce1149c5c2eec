/**
 * How the JSON API reports bad input: a problem document (RFC 9457) naming each field and what is wrong
 * with it. Open to every module: it is vocabulary, not a capability.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Fel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.tillit.fel;
