/**
 * Offline evaluation of the win-probability model on the Maven CRM sample, with a time-based split:
 * train on the deals engaged first (70 %), predict the later ones, and compare with the stage
 * probability every open deal would otherwise show. Reports AUC and a calibration table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sizeFromEmployees } from '../server/domain/imports/values';
import { auc, buckets, calibration, predict, train, type Example } from '../server/domain/pipeline/win-probability';

type Row = Record<string, string>;
const read = (dir: string, file: string) => parse<Row>(fs.readFileSync(path.join(dir, file)), { columns: true, bom: true });

export function evaluateMaven(dir: string) {
  const accounts = new Map(read(dir, 'accounts.csv').map((a) => [a.account!, a]));
  const products = new Map(read(dir, 'products.csv').map((p) => [p.product!.replace(/\s+/g, '').toLowerCase(), p]));
  const teams = new Map(read(dir, 'sales_teams.csv').map((t) => [t.sales_agent!, t]));
  const closed = read(dir, 'sales_pipeline.csv')
    .filter((r) => (r.deal_stage === 'Won' || r.deal_stage === 'Lost') && r.engage_date)
    .sort((a, b) => a.engage_date!.localeCompare(b.engage_date!));

  // The customer's history before this deal (what it already owns): wins closed before the engage date.
  const winsBefore = (r: Row) =>
    closed.filter((x) => x.account === r.account && x.deal_stage === 'Won' && x.close_date! < r.engage_date!).length;
  // What is known when the deal is being worked: not its outcome, not its final length.
  const features = (r: Row) => {
    const account = accounts.get(r.account!);
    const product = products.get(r.product!.replace(/\s+/g, '').toLowerCase());
    return {
      product: product?.product ?? r.product!,
      family: product?.series ?? 'unknown',
      industry: account?.sector ?? 'unknown',
      size: account ? sizeFromEmployees(Number(account.employees)) : 'unknown',
      seller: r.sales_agent!,
      office: teams.get(r.sales_agent!)?.regional_office ?? 'unknown',
      owns: buckets.productsOwned(winsBefore(r)),
    };
  };
  const split = Math.floor(closed.length * 0.7);
  const examples: Example[] = closed.map((r) => ({ features: features(r), won: r.deal_stage === 'Won' }));
  const model = train(examples.slice(0, split));
  const test = examples.slice(split);
  const scored = test.map((e) => ({ score: predict(model, e.features).probability, won: e.won }));
  // Without the model every deal in the same stage shows the same probability.
  const stageBaseline = test.map((e) => ({ score: 0.3, won: e.won }));
  const sample = predict(model, test[0]!.features);
  return {
    scenario: 'win-probability-maven',
    trainDeals: split,
    testDeals: test.length,
    trainedUntil: closed[split - 1]!.engage_date,
    testWinRate: Math.round((test.filter((e) => e.won).length / test.length) * 1000) / 1000,
    auc: Math.round(auc(scored) * 1000) / 1000,
    baselineAuc: Math.round(auc(stageBaseline) * 1000) / 1000,
    calibration: calibration(scored, 10),
    exampleReasons: sample.reasons.map((r) => `${r.effect > 0 ? '+' : '−'} ${r.feature}: ${r.value} (${r.effect.toFixed(2)})`),
  };
}
