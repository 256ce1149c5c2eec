/**
 * The person a case is about: personnummer or samordningsnummer, protection level, date of birth, sex.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person")
package se.tillit.person;
