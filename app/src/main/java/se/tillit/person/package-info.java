/**
 * The person a case is about: personnummer or samordningsnummer, protection level, date of birth, sex, postal address,
 * and the append-only history of changes to the address and the protection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person")
package se.tillit.person;
