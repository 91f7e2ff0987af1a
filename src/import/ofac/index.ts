/**
 * The OFAC importers: the SDN list and the list of every address on it, and their reports.
 */
export { BUNDLED_ADDRESSES, importListedAddresses } from './import-addresses.js';
export { BUNDLED_SDN, importSdn } from './import-sdn.js';
export { ADDRESS_SOURCE_PREFIX } from './listed-addresses.js';
export { printAddressReport, printSdnReport } from './report.js';
export { sdnSourceKey } from './to-dataset.js';
