/** The signed-in person's home page. */
package io.igstudio.dashboard;
