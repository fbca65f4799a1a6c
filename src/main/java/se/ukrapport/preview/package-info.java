/**
 * The live preview ({@code --forhandsgranska}): watches the input and template folders,
 * asks for a normal re-run after each change (through
 * {@link se.ukrapport.preview.Preview.Session}, which the program implements with its own
 * run path) and serves the HTML edition on 127.0.0.1 with a page that reloads itself.
 * Plain JDK classes (WatchService, com.sun.net.httpserver), no Spring.
 */
package se.ukrapport.preview;
