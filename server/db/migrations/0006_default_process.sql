-- The global minimum process that every market and sales group shares (B2), from source article 001:
-- Opportunity identified → Quote designed with customer → (Pricing and start date) → Quote sent → Negotiation → Won / Lost.
INSERT INTO processes (id, name) VALUES ('00000000-0000-4000-8000-000000000001', 'Global sales process') ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO stages (process_id, key, name, position, probability, optional, outcome, required_fields) VALUES
  ('00000000-0000-4000-8000-000000000001', 'identified', 'Opportunity identified', 0, 10, false, 'open', ARRAY['estimatedValue','expectedCloseOn','contactId']::text[]),
  ('00000000-0000-4000-8000-000000000001', 'quote_designed', 'Quote designed with customer', 1, 30, false, 'open', ARRAY['lines']::text[]),
  ('00000000-0000-4000-8000-000000000001', 'pricing', 'Pricing and start date', 2, 40, true, 'open', ARRAY['startOn']::text[]),
  ('00000000-0000-4000-8000-000000000001', 'quote_sent', 'Quote sent', 3, 50, false, 'open', ARRAY['lines','quoteSentOn','quoteValidUntil']::text[]),
  ('00000000-0000-4000-8000-000000000001', 'negotiation', 'Negotiation', 4, 75, false, 'open', '{}'::text[]),
  ('00000000-0000-4000-8000-000000000001', 'won', 'Won', 5, 100, false, 'won', ARRAY['signedOn','lines']::text[]),
  ('00000000-0000-4000-8000-000000000001', 'lost', 'Lost', 6, 0, false, 'lost', ARRAY['lostReason']::text[])
ON CONFLICT DO NOTHING;
