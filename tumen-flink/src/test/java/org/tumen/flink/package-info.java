/** Tests of the Flink job: fast ones without models, and {@code IngestJobIT} on a MiniCluster with CoreNLP. */
package org.tumen.flink;
