CREATE TABLE "one_to_one_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"one_to_one_id" uuid NOT NULL,
	"task_id" uuid,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "one_to_one_cadences" (
	"seller_id" uuid PRIMARY KEY NOT NULL,
	"every_days" integer NOT NULL,
	"set_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "one_to_ones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seller_id" uuid NOT NULL,
	"leader_id" uuid,
	"held_on" date NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"ratings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"agenda" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "one_to_one_actions" ADD CONSTRAINT "one_to_one_actions_one_to_one_id_one_to_ones_id_fk" FOREIGN KEY ("one_to_one_id") REFERENCES "public"."one_to_ones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_to_one_actions" ADD CONSTRAINT "one_to_one_actions_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_to_one_cadences" ADD CONSTRAINT "one_to_one_cadences_seller_id_users_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_to_one_cadences" ADD CONSTRAINT "one_to_one_cadences_set_by_id_users_id_fk" FOREIGN KEY ("set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_to_ones" ADD CONSTRAINT "one_to_ones_seller_id_users_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_to_ones" ADD CONSTRAINT "one_to_ones_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "one_to_one_actions_meeting_idx" ON "one_to_one_actions" USING btree ("one_to_one_id");--> statement-breakpoint
CREATE INDEX "one_to_ones_seller_idx" ON "one_to_ones" USING btree ("seller_id","held_at");