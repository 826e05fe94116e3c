package io.igstudio.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way integration tests deploy IG Studio: the WAR that {@code mvn package} built, unchanged,
 * so the tests exercise what ships. Use it from {@code @Deployment(testable = false)}.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The archive name of a deployment that gets a Payara Micro process of its own ({@link SharedPayaraMicro}). */
    static final String OWN_PROCESS = "igstudio-own-process.war";

    /**
     * IG Studio in a process of its own, for classes that stop, restart or kill it: the shared process of the other
     * classes is stopped first ({@link SharedPayaraMicro}).
     */
    public static WebArchive igStudioOwnProcess() {
        return ShrinkWrap.create(WebArchive.class, OWN_PROCESS).merge(igStudio());
    }

    public static WebArchive igStudio() {
        ItEnvironment.requireReady();
        String war = System.getProperty("igstudio.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("The WAR to test is missing (system property igstudio.war = " + war
                    + "); run the integration tests through 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }
}
