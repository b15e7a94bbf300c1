package org.noticeboard.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.noticeboard.testing.Projects;

/** The real command line in a child JVM, and a hash manifest of a built site to compare. */
final class CliProcess {

    private CliProcess() {}

    static Process build(Path content, Path output, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), "org.noticeboard.cli.Main", "build",
                "--source", content.toString(), "--output", output.toString(),
                "--theme", Projects.theme().toString(), "--now", "2026-11-29", "--quiet"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** Path → SHA-256 of every file under {@code site}; empty when it does not exist. */
    static Map<String, String> manifest(Path site) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(site)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(site.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A site of {@code items} policies whose titles carry {@code version}. */
    static void writeSite(Path content, int items, String version) throws IOException {
        Files.createDirectories(content.resolve("street/policy"));
        Files.createDirectories(content.resolve("data"));
        Files.writeString(content.resolve("site.yaml"), org.noticeboard.testing.TestSite.SITE_YAML);
        Files.writeString(content.resolve("data/holidays.yaml"),
                org.noticeboard.testing.TestSite.HOLIDAYS);
        for (int i = 0; i < items; i++) {
            Files.writeString(content.resolve("street/policy/p-" + i + ".md"),
                    org.noticeboard.testing.Items.policy("规则" + i + " " + version)
                            + "正文。".repeat(200) + "\n");
        }
    }

    static List<String> leftovers(Path parent) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(".staging-") || n.endsWith(".old")).sorted().toList();
        }
    }
}
