package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ScreenCommandTest {
    private static String run(String... args) throws Exception {
        ScreenCommand cmd = new ScreenCommand();
        new CommandLine(cmd).parseArgs(args);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        assertThat(cmd.run(new PrintStream(buf, true, StandardCharsets.UTF_8))).isZero();
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void kim_chong_sik_prints_the_un_lists_kim_jong_sik_first() throws Exception {
        String first = run("Kim Chong-sik").lines().findFirst().orElseThrow();
        assertThat(first).contains("UN-SC KPi.066").contains("\"KIM JONG SIK\"").contains("MATCH");
    }

    @Test
    void komid_finds_korea_mining_development_trading_corporation_in_json() throws Exception {
        assertThat(run("KOMID", "--type", "entity", "--json"))
                .contains("\"name\":\"KOREA MINING DEVELOPMENT TRADING CORPORATION\"")
                .contains("acronym KOMID of KOREA MINING DEVELOPMENT TRADING CORPORATION");
    }
}
