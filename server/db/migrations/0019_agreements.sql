ALTER TABLE "opportunities" ADD COLUMN "agreement_ends_on" date;--> statement-breakpoint
ALTER TABLE "opportunity_lines" ADD COLUMN "committed_months" integer;--> statement-breakpoint
-- One rule, decided when a line or a won deal is written (domain/pipeline/money.ts committedMonths,
-- domain/pipeline/agreements.ts dealAgreementEnd); existing rows get the same values once here.
UPDATE "opportunity_lines" SET "committed_months" = least(coalesce("contract_months", 12), coalesce("terminable_after_months", "contract_months", 12)) WHERE "recurring";--> statement-breakpoint
UPDATE "opportunities" o SET "agreement_ends_on" = e.ends_on
FROM (
  SELECT o2.id, max((coalesce(o2.start_on, o2.signed_on) + make_interval(months => coalesce(l.contract_months, 12)))::date) AS ends_on
  FROM "opportunities" o2
  JOIN "stages" s ON s.id = o2.stage_id AND s.outcome = 'won'
  JOIN "opportunity_lines" l ON l.opportunity_id = o2.id AND l.recurring
  WHERE o2.signed_on IS NOT NULL
  GROUP BY o2.id
) e
WHERE o.id = e.id;
