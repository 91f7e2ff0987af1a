import type { AddressImportReport } from './import-addresses.js';
import type { SdnImportReport } from './import-sdn.js';

/** Prints what an import did: entries per type, facts written per kind, every rejected fact. */
export function printSdnReport(report: SdnImportReport, print: (line: string) => void): void {
  print(`OFAC SDN list of ${report.publishedOn}`);
  print(`entries: ${Object.entries(report.entries).map(([type, n]) => `${type} ${n}`).join(', ')}`);
  print(`written: ${Object.entries(report.written).map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  print(`designations withdrawn (no longer listed): ${report.withdrawn}`);
  print(`rejected facts: ${report.rejected.length}`);
  for (const r of report.rejected) print(`  ent_num ${r.entNum} (${r.name}): ${r.reason}: ${r.fact}`);
  print(`imported in ${report.seconds.toFixed(1)} s`);
}

/** Prints what an import of the address list did, every rejected line with its reason. */
export function printAddressReport(report: AddressImportReport, print: (line: string) => void): void {
  print(`OFAC SDN list, every digital currency address, of ${report.listedOn}`);
  print(`lines: ${Object.entries(report.lines).map(([asset, n]) => `${asset} ${n}`).join(', ')}`);
  print(`wallets: ${report.wallets} (${report.withOwner} with an owner sdn.csv names, ${report.wallets - report.withOwner} without)`);
  print(`written: ${Object.entries(report.written).map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  print(`listings withdrawn (no longer listed): ${report.withdrawn}`);
  print(`rejected lines: ${report.rejected.length}`);
  for (const r of report.rejected) print(`  ${r.at} ${r.asset} ${r.address}: ${r.reason}`);
  print(`imported in ${report.seconds.toFixed(1)} s`);
}
