/** English words the recognisers share: number words for quantities, time expressions and names. */
package org.tumen.core.text;
