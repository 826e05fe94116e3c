package io.igstudio.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro boot for many test classes. arquillian-payara-micro-managed starts a process per deployment, so
 * per test class; each boot costs about 20 s here, some 25 boots per database. This container keeps the process of
 * {@link Deployments#igStudio()} running when a class ends and hands it to the next class, after asking the sandbox
 * for a fresh start ({@code POST /sandbox/meta/_control/fresh-start}: caches, rate-limit books, usage windows,
 * sessions forgotten, as a restart would); the database is shared between classes as it always was.
 * Classes that restart or kill IG Studio deploy {@link Deployments#igStudioOwnProcess()}: the shared process is
 * stopped first, and theirs is really stopped when they undeploy it.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {

    /** Registered from META-INF/services: takes the place of the plain container. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
        }
    }

    private ProtocolMetaData shared;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (Deployments.OWN_PROCESS.equals(archive.getName())) {
            stopShared();
            return super.deploy(archive);
        }
        if (shared != null && running()) {
            WebClient.Reply fresh = SandboxControl.send("POST", "/sandbox/meta/_control/fresh-start", null);
            if (fresh.status() == 200) {
                return shared;
            }
            System.out.println("The shared IG Studio did not start afresh (" + fresh.describe() + "): booting anew");
            stopShared();
        }
        shared = super.deploy(archive);
        return shared;
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (Deployments.OWN_PROCESS.equals(archive.getName())) {
            super.undeploy(archive);
        }
        // the shared process stays for the next class; stop() ends it with the run
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopShared();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the shared Payara Micro", e);
        }
        super.stop();
    }

    private void stopShared() throws DeploymentException {
        if (shared != null) {
            shared = null;
            super.undeploy((Archive<?>) null); // it stops the process, whatever the archive
        }
    }

    private boolean running() {
        try {
            var field = PayaraMicroDeployableContainer.class.getDeclaredField("payaraMicroProcess");
            field.setAccessible(true);
            Process process = (Process) field.get(this);
            return process != null && process.isAlive();
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
