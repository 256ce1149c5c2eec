/**
 * The task lists: a projection of the engine's open user tasks with the business columns people need,
 * kept in step with the engine's task events; claiming, releasing and completing tasks through their forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Uppgift")
package se.tillit.uppgift;
