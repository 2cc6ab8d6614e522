package org.tracebench.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a PNG of a scene when the build is asked for screenshots (-Dtracebench.shots=DIR), so UI tests
 * can refresh the pictures in docs/ without writing files on ordinary runs. Call on the FX thread.
 */
public final class SceneShots {

    private SceneShots() {
    }

    public static void saveIfRequested(Scene scene, String fileName) {
        String dir = System.getProperty("tracebench.shots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        WritableImage image = scene.snapshot(null);
        try {
            Path target = Path.of(dir).resolve(fileName);
            Files.createDirectories(target.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
