package org.tumen.core.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VehicleLexiconTest {
    private static final VehicleLexicon VEHICLES = DomainRecognizer.defaults().vehicles();

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(textBlock = """
            a freight train crossed,   freight train, freight train, RAIL
            enclosed railcars,         railcars,      railcar, RAIL
            rail wagons,               rail wagons,   rail wagon, RAIL
            oil tankers,               oil tankers,   oil tanker, SEA
            the vessel,                vessel,        vessel, SEA
            lorries queued,            lorries,       lorry, ROAD
            trucks,                    trucks,        truck, ROAD
            cargo planes,              cargo planes,  cargo plane, AIR
            an aircraft,               aircraft,      aircraft, AIR
            """)
    void vehicles_give_their_mode(String text, String span, String lemma, TransportMode mode) {
        List<Mention> found = VEHICLES.find(text);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().text()).isEqualTo(span);
        assertThat(found.getFirst().canonical()).isEqualTo(lemma);
        assertThat(found.getFirst().code()).isEqualTo(mode.code());
        assertThat(found.getFirst().detail()).isEqualTo(new MentionDetail.Vehicle(mode));
    }

    @Test
    void jet_fuel_and_the_car_in_three_car_are_not_vehicles() {
        assertThat(VEHICLES.find("jet fuel in a three-car set")).isEmpty();
    }

    @Test
    void mode_of_a_vehicle_word() {
        assertThat(VEHICLES.modeOf("railcars")).hasValue(TransportMode.RAIL);
        assertThat(VEHICLES.modeOf("horses")).isEmpty();
    }
}
