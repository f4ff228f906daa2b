/**
 * Full-text search over reports and events: a Lucene index kept beside the database ({@code <data>/index}).
 *
 * <p>The database is the record; the index is derived and can be rebuilt from it, so it is written without
 * transactions of its own: the store indexes after its commit and calls {@link
 * org.tumen.store.search.SearchIndex#commit()} once per batch. One writer and many readers share an index; readers
 * see what was committed.
 */
package org.tumen.store.search;
