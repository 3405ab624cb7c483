import GRDB

/// The database's migrations. Append-only: a shipped migration is never edited; changes come as new ones.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sources, mentions and their history") { db in
            try db.execute(sql: """
                CREATE TABLE source (
                    name TEXT PRIMARY KEY NOT NULL CHECK (name <> ''),
                    url TEXT NOT NULL,
                    etag TEXT,
                    lastModified TEXT,
                    bodyHash TEXT,
                    lastAttemptAt DATETIME,
                    lastSuccessAt DATETIME,
                    lastStatus INTEGER,
                    lastError TEXT,
                    errorStreak INTEGER NOT NULL DEFAULT 0 CHECK (errorStreak >= 0)
                );
                CREATE TABLE mention (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    source TEXT NOT NULL REFERENCES source(name) ON UPDATE CASCADE,
                    itemKey TEXT NOT NULL CHECK (itemKey <> ''),
                    url TEXT,
                    title TEXT,
                    text TEXT NOT NULL,
                    author TEXT,
                    publishedAt DATETIME,
                    firstSeenAt DATETIME NOT NULL,
                    brand TEXT NOT NULL CHECK (brand <> ''),
                    language TEXT NOT NULL CHECK (language IN ('nl', 'en', 'unknown')),
                    score REAL NOT NULL CHECK (score BETWEEN -1 AND 1),
                    label TEXT NOT NULL CHECK (label IN ('negative', 'neutral', 'positive')),
                    reach INTEGER NOT NULL CHECK (reach >= 0),
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'ignored')),
                    statusChangedAt DATETIME,
                    statusChangedBy TEXT,
                    statusNote TEXT,
                    UNIQUE (source, itemKey)
                );
                -- The inbox: open mentions of one label, highest reach first, then oldest.
                CREATE INDEX mention_inbox ON mention (status, label, reach DESC, firstSeenAt);
                CREATE TABLE mentionEvent (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    mentionId INTEGER NOT NULL REFERENCES mention(id),
                    at DATETIME NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL CHECK (action IN ('answered', 'ignored', 'reopened')),
                    note TEXT
                );
                CREATE INDEX mentionEvent_mention ON mentionEvent (mentionId, at);
                -- History is append-only: nothing may change or remove what happened.
                CREATE TRIGGER mentionEvent_no_update BEFORE UPDATE ON mentionEvent
                    BEGIN SELECT RAISE(ABORT, 'mention history is append-only'); END;
                CREATE TRIGGER mentionEvent_no_delete BEFORE DELETE ON mentionEvent
                    BEGIN SELECT RAISE(ABORT, 'mention history is append-only'); END;
                """)
        }
        migrator.registerMigration("v2: source health and backoff") { db in
            try db.execute(sql: """
                ALTER TABLE source ADD COLUMN nextAttemptAt DATETIME;
                ALTER TABLE source ADD COLUMN isGone BOOLEAN NOT NULL DEFAULT 0 CHECK (isGone IN (0, 1));
                ALTER TABLE source ADD COLUMN movedTo TEXT;
                ALTER TABLE source ADD COLUMN failingSince DATETIME;
                """)
        }
        migrator.registerMigration("v3: reach arithmetic") { db in
            try db.execute(sql: "ALTER TABLE mention ADD COLUMN reachBasis TEXT NOT NULL DEFAULT ''")
        }
        migrator.registerMigration("v4: assignment and notes in the history") { db in
            // SQLite cannot widen a CHECK in place: the history table is rebuilt with every event kept.
            try db.execute(sql: """
                ALTER TABLE mention ADD COLUMN assignedTo TEXT;
                DROP TRIGGER mentionEvent_no_update;
                DROP TRIGGER mentionEvent_no_delete;
                CREATE TABLE mentionEventNew (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    mentionId INTEGER NOT NULL REFERENCES mention(id),
                    at DATETIME NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL CHECK (action IN ('answered', 'ignored', 'reopened', 'assigned', 'noted')),
                    note TEXT
                );
                INSERT INTO mentionEventNew (id, mentionId, at, actor, action, note)
                    SELECT id, mentionId, at, actor, action, note FROM mentionEvent;
                DROP TABLE mentionEvent;
                ALTER TABLE mentionEventNew RENAME TO mentionEvent;
                CREATE INDEX mentionEvent_mention ON mentionEvent (mentionId, at);
                CREATE TRIGGER mentionEvent_no_update BEFORE UPDATE ON mentionEvent
                    BEGIN SELECT RAISE(ABORT, 'mention history is append-only'); END;
                CREATE TRIGGER mentionEvent_no_delete BEFORE DELETE ON mentionEvent
                    BEGIN SELECT RAISE(ABORT, 'mention history is append-only'); END;
                """)
        }
        migrator.registerMigration("v5: alerts") { db in
            try db.execute(sql: """
                CREATE TABLE alert (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    key TEXT NOT NULL CHECK (key <> ''),
                    channel TEXT NOT NULL CHECK (channel IN ('command', 'webhook')),
                    payload TEXT NOT NULL,
                    createdAt DATETIME NOT NULL,
                    deliveredAt DATETIME,
                    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                    lastError TEXT,
                    UNIQUE (key, channel)
                );
                CREATE INDEX alert_pending ON alert (deliveredAt, id);
                """)
        }
        migrator.registerMigration("v6: indexes shaped for the inbox and the weekly report") { db in
            // Every index costs each insert time, so there are only those the queries need:
            // - the inbox filters on status and label and orders by reach, then clock start, then id: with all of
            //   them in one index SQLite walks it in order and stops at the limit instead of sorting every match
            //   (a brand filter walks the same index, and reads the brand from it: it is the last column);
            // - the report reads mentions by when their clock started; the index carries what its counts need
            //   (the two dates too, or SQLite would not see it as covering), so they never touch the table;
            // - `webcare sources` asks each source's latest mentions, the silent-brand alert each brand's latest;
            // - a brand's reply finds the mention it answers by item key or link, in any source.
            // What made a mention negative is kept for the report.
            try db.execute(sql: """
                DROP INDEX mention_inbox;
                CREATE INDEX mention_inbox ON mention (status, label, reach DESC, COALESCE(publishedAt, firstSeenAt), id, brand);
                CREATE INDEX mention_started
                    ON mention (COALESCE(publishedAt, firstSeenAt), label, status, brand, source, publishedAt, firstSeenAt);
                CREATE INDEX mention_source_seen ON mention (source, firstSeenAt);
                CREATE INDEX mention_brand_seen ON mention (brand, firstSeenAt);
                CREATE INDEX mention_itemKey ON mention (itemKey);
                CREATE INDEX mention_url ON mention (url);
                CREATE INDEX mentionEvent_action ON mentionEvent (action, mentionId, at);
                ALTER TABLE mention ADD COLUMN negativeTerms TEXT;
                """)
        }
        migrator.registerMigration("v7: spike state per brand, brand replies waiting for their mention") { db in
            // Sources are polled at once, so a comment feed's reply can be stored before the post it answers:
            // it waits here until that post is stored, then answers it.
            try db.execute(sql: """
                CREATE TABLE spikeState (
                    brand TEXT PRIMARY KEY NOT NULL CHECK (brand <> ''),
                    activeSince DATETIME,
                    lastAlertAt DATETIME
                );
                CREATE TABLE waitingReply (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    target TEXT NOT NULL CHECK (target <> ''),
                    at DATETIME NOT NULL,
                    actor TEXT NOT NULL,
                    note TEXT NOT NULL,
                    UNIQUE (target, actor, at)
                );
                """)
        }
        migrator.registerMigration("v8: mention checks without IN lists") { db in
            // SQLite checks `x IN ('a', 'b', 'c')` by building a temporary table for the list, three of them for
            // every mention stored; the same checks written as OR chains cost nothing. SQLite cannot change a
            // CHECK in place, so the table is rebuilt with every row, id and index kept.
            try db.execute(sql: """
                CREATE TABLE mentionNew (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    source TEXT NOT NULL REFERENCES source(name) ON UPDATE CASCADE,
                    itemKey TEXT NOT NULL CHECK (itemKey <> ''),
                    url TEXT,
                    title TEXT,
                    text TEXT NOT NULL,
                    author TEXT,
                    publishedAt DATETIME,
                    firstSeenAt DATETIME NOT NULL,
                    brand TEXT NOT NULL CHECK (brand <> ''),
                    language TEXT NOT NULL CHECK (language = 'nl' OR language = 'en' OR language = 'unknown'),
                    score REAL NOT NULL CHECK (score BETWEEN -1 AND 1),
                    label TEXT NOT NULL CHECK (label = 'negative' OR label = 'neutral' OR label = 'positive'),
                    reach INTEGER NOT NULL CHECK (reach >= 0),
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'answered' OR status = 'ignored'),
                    statusChangedAt DATETIME,
                    statusChangedBy TEXT,
                    statusNote TEXT,
                    reachBasis TEXT NOT NULL DEFAULT '',
                    assignedTo TEXT,
                    negativeTerms TEXT,
                    UNIQUE (source, itemKey)
                );
                INSERT INTO mentionNew (id, source, itemKey, url, title, text, author, publishedAt, firstSeenAt, brand, language,
                                        score, label, reach, status, statusChangedAt, statusChangedBy, statusNote, reachBasis,
                                        assignedTo, negativeTerms)
                    SELECT id, source, itemKey, url, title, text, author, publishedAt, firstSeenAt, brand, language,
                           score, label, reach, status, statusChangedAt, statusChangedBy, statusNote, reachBasis,
                           assignedTo, negativeTerms
                    FROM mention;
                DROP TABLE mention;
                ALTER TABLE mentionNew RENAME TO mention;
                CREATE INDEX mention_inbox ON mention (status, label, reach DESC, COALESCE(publishedAt, firstSeenAt), id, brand);
                CREATE INDEX mention_started
                    ON mention (COALESCE(publishedAt, firstSeenAt), label, status, brand, source, publishedAt, firstSeenAt);
                CREATE INDEX mention_source_seen ON mention (source, firstSeenAt);
                CREATE INDEX mention_brand_seen ON mention (brand, firstSeenAt);
                CREATE INDEX mention_itemKey ON mention (itemKey);
                CREATE INDEX mention_url ON mention (url);
                """)
        }
        migrator.registerMigration("v9: replies needed, the team's labels, rescoring in the history") { db in
            // `label` stays the label every query reads (the inbox, the report): the scorer's, or the team's when
            // `labelledBy` is set; `scorerLabel` keeps what the scorer said. The history table is rebuilt to widen
            // its CHECK, every event kept.
            try db.execute(sql: """
                ALTER TABLE mention ADD COLUMN needsReply INTEGER NOT NULL DEFAULT 0 CHECK (needsReply = 0 OR needsReply = 1);
                ALTER TABLE mention ADD COLUMN scorerLabel TEXT
                    CHECK (scorerLabel IS NULL OR scorerLabel = 'negative' OR scorerLabel = 'neutral' OR scorerLabel = 'positive');
                ALTER TABLE mention ADD COLUMN labelledBy TEXT CHECK (labelledBy IS NULL OR labelledBy <> '');
                ALTER TABLE mention ADD COLUMN labelledAt DATETIME;
                ALTER TABLE mention ADD COLUMN rating REAL;
                ALTER TABLE mention ADD COLUMN bestRating REAL CHECK (bestRating IS NULL OR bestRating > 0);
                UPDATE mention SET scorerLabel = label;
                -- The inbox's questions: open mentions that ask for a reply, whatever their label.
                CREATE INDEX mention_needsReply ON mention (status, reach DESC, COALESCE(publishedAt, firstSeenAt), id, label, brand) WHERE needsReply = 1;
                DROP TRIGGER mentionEvent_no_update;
                DROP TRIGGER mentionEvent_no_delete;
                CREATE TABLE mentionEventNew (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    mentionId INTEGER NOT NULL REFERENCES mention(id),
                    at DATETIME NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL CHECK (action = 'answered' OR action = 'ignored' OR action = 'reopened' OR action = 'assigned'
                                                OR action = 'noted' OR action = 'unassigned' OR action = 'relabelled' OR action = 'rescored'),
                    note TEXT
                );
                INSERT INTO mentionEventNew (id, mentionId, at, actor, action, note)
                    SELECT id, mentionId, at, actor, action, note FROM mentionEvent;
                DROP TABLE mentionEvent;
                ALTER TABLE mentionEventNew RENAME TO mentionEvent;
                CREATE INDEX mentionEvent_mention ON mentionEvent (mentionId, at);
                CREATE INDEX mentionEvent_action ON mentionEvent (action, mentionId);
                CREATE TRIGGER mentionEvent_no_update BEFORE UPDATE ON mentionEvent
                    BEGIN SELECT RAISE(ABORT, 'mention history is append-only'); END;
                CREATE TRIGGER mentionEvent_no_delete BEFORE DELETE ON mentionEvent
                    BEGIN SELECT RAISE(ABORT, 'mention history is append-only'); END;
                """)
        }
        migrator.registerMigration("v10: a source's stable id from the config") { db in
            try db.execute(sql: """
                ALTER TABLE source ADD COLUMN configId TEXT CHECK (configId IS NULL OR configId <> '');
                CREATE UNIQUE INDEX source_configId ON source (configId) WHERE configId IS NOT NULL;
                """)
        }
        migrator.registerMigration("v11: full-text search over titles, texts and authors") { db in
            // An FTS5 index over the mention table's own columns (external content: the text is stored once), kept in
            // step by triggers; case and accents folded ("storing" finds "Störing").
            try db.execute(sql: """
                CREATE VIRTUAL TABLE mentionSearch USING fts5(title, text, author, content = 'mention', content_rowid = 'id',
                                                              tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO mentionSearch (mentionSearch) VALUES ('rebuild');
                CREATE TRIGGER mentionSearch_insert AFTER INSERT ON mention BEGIN
                    INSERT INTO mentionSearch (rowid, title, text, author) VALUES (new.id, new.title, new.text, new.author);
                END;
                CREATE TRIGGER mentionSearch_delete AFTER DELETE ON mention BEGIN
                    INSERT INTO mentionSearch (mentionSearch, rowid, title, text, author) VALUES ('delete', old.id, old.title, old.text, old.author);
                END;
                CREATE TRIGGER mentionSearch_update AFTER UPDATE OF title, text, author ON mention BEGIN
                    INSERT INTO mentionSearch (mentionSearch, rowid, title, text, author) VALUES ('delete', old.id, old.title, old.text, old.author);
                    INSERT INTO mentionSearch (rowid, title, text, author) VALUES (new.id, new.title, new.text, new.author);
                END;
                """)
        }
        migrator.registerMigration("v12: the reply kept with its answer, and the promises it makes") { db in
            // The history stays append-only: the reply is a new column of the event that records the answer. A
            // promise with a time becomes a follow-up, open until someone marks it kept; a reply that waits for its
            // mention keeps its text and its promises (JSON, [{"words", "due"}]) until the mention arrives.
            try db.execute(sql: """
                ALTER TABLE mentionEvent ADD COLUMN reply TEXT CHECK (reply IS NULL OR reply <> '');
                ALTER TABLE waitingReply ADD COLUMN replyText TEXT;
                ALTER TABLE waitingReply ADD COLUMN promises TEXT;
                CREATE TABLE followUp (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    mentionId INTEGER NOT NULL REFERENCES mention(id),
                    eventId INTEGER NOT NULL REFERENCES mentionEvent(id),
                    promisedAt DATETIME NOT NULL,
                    promisedBy TEXT NOT NULL CHECK (promisedBy <> ''),
                    dueAt DATETIME NOT NULL,
                    promise TEXT NOT NULL CHECK (promise <> ''),
                    keptAt DATETIME,
                    keptBy TEXT CHECK (keptBy IS NULL OR keptBy <> ''),
                    CHECK ((keptAt IS NULL) = (keptBy IS NULL)),
                    UNIQUE (eventId, promise)
                );
                CREATE INDEX followUp_open ON followUp (dueAt) WHERE keptAt IS NULL;
                CREATE INDEX followUp_mention ON followUp (mentionId);
                CREATE INDEX followUp_promisedAt ON followUp (promisedAt);
                CREATE INDEX mentionEvent_reply ON mentionEvent (at) WHERE reply IS NOT NULL;
                """)
        }
        migrator.registerMigration("v13: tags on mentions") { db in
            try db.execute(sql: """
                CREATE TABLE mentionTag (
                    mentionId INTEGER NOT NULL REFERENCES mention(id),
                    tag TEXT NOT NULL CHECK (tag <> '' AND tag = lower(tag) AND instr(tag, ',') = 0),
                    PRIMARY KEY (mentionId, tag)
                ) WITHOUT ROWID;
                CREATE INDEX mentionTag_tag ON mentionTag (tag, mentionId);
                """)
        }
        migrator.registerMigration("v14: the search index caught up in bulk after a poll") { db in
            // One FTS5 insert per stored mention inside the poll's group commits cost the writer five times its own
            // work (each commit flushes and merges small index segments); one INSERT … SELECT of the mentions stored
            // since the last catch-up costs a tenth of that. `searchProgress` remembers how far the index goes.
            try db.execute(sql: """
                DROP TRIGGER mentionSearch_insert;
                CREATE TABLE searchProgress (id INTEGER PRIMARY KEY CHECK (id = 1), lastMentionId INTEGER NOT NULL);
                INSERT INTO searchProgress (id, lastMentionId) SELECT 1, COALESCE(MAX(id), 0) FROM mention;
                """)
        }
        return migrator
    }
}
