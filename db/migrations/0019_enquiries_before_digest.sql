-- Enquiries received before the officers' digest were each emailed to every officer already.
UPDATE "media_enquiries" SET "digested_at" = "created_at" WHERE "digested_at" IS NULL;
