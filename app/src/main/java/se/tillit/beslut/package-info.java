/**
 * The decision per insats: bifall / delvis bifall / avslag, lagrum as data, giltighet, beslutsfattare and
 * delegation point, delgivning, the appeal window and laga kraft, omprövning and the court's outcome
 * (C45, C46, R33).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Beslut")
package se.tillit.beslut;
