/** The people who use IG Studio: created at their first Facebook sign-in, found again later. */
package io.igstudio.users;
