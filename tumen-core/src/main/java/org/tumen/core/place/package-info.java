/**
 * Places and what happens at them: the gazetteer of chokepoints and facilities ({@link org.tumen.core.place.Gazetteer}),
 * the resolution of stored events to places ({@link org.tumen.core.place.PlaceResolver}), each place's activity over
 * time ({@link org.tumen.core.place.ActivitySeries}) and the signals read from it — a resumption after a gap, a burst,
 * sightings side by side ({@link org.tumen.core.place.ActivityDetector}). No storage here: the store hands in
 * {@link org.tumen.core.place.ActivityEvent}s, and {@link org.tumen.core.place.PlaceActivity} puts the stages
 * together.
 */
package org.tumen.core.place;
