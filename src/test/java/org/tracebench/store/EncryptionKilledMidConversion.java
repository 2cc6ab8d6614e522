package org.tracebench.store;

import java.nio.file.Path;

/**
 * Run in a child process by DatabaseEncryptionTest and killed there: encrypts the plain database in the
 * folder given, and at the step named stops, says so and waits to be killed (SIGKILL, no clean-up).
 */
public final class EncryptionKilledMidConversion {

    private EncryptionKilledMidConversion() {
    }

    public static void main(String[] args) throws InterruptedException {
        String stopAt = args[1];
        DatabaseEncryption.stepReached = step -> {
            if (step.equals(stopAt)) {
                System.out.println("at " + step);
                System.out.flush();
                try {
                    new java.util.concurrent.CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        DatabaseEncryption.encrypt(DatabaseLocation.inDirectory(Path.of(args[0])),
                Passphrase.of(DatabaseEncryptionTest.PASSPHRASE.toCharArray()));
        System.out.println("finished");
    }
}
