#!/usr/bin/env node
// Render CSL-JSON items with citeproc-js, the engine Zotero uses, for the differential citation test.
//
// Reads one JSON object on stdin: {"locales": DIR, "styles": {ID: PATH}, "jobs": [{"style": ID,
// "item": CSL-JSON, "prefix": STRING|null}]} and writes a JSON list, one {"in_text", "entry"} per job
// (HTML, the entry null for a style without a bibliography). Each job is cited alone, the way a quote
// is copied: one item registered, one citation cluster, one bibliography entry.
"use strict";

const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

function readStdin() {
  return fs.readFileSync(0, "utf8");
}

function main() {
  const request = JSON.parse(readStdin());
  let current = null;
  const sys = {
    retrieveLocale(lang) {
      const file = path.join(request.locales, `locales-${lang}.xml`);
      return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
    },
    retrieveItem() {
      return current;
    },
  };
  const engines = {};
  const results = [];
  for (const job of request.jobs) {
    let engine = engines[job.style];
    if (!engine) {
      const xml = fs.readFileSync(request.styles[job.style], "utf8");
      engine = engines[job.style] = new CSL.Engine(sys, xml, "en-US");
      engine.setOutputFormat("html");
    }
    current = job.item;
    engine.updateItems([job.item.id]);
    const cite = { id: job.item.id };
    if (job.prefix) cite.prefix = job.prefix;
    const inText = engine.makeCitationCluster([cite]);
    let entry = null;
    if (engine.bibliography.tokens.length) {
      const made = engine.makeBibliography();
      if (made && made[1].length) entry = made[1][0];
    }
    results.push({ in_text: inText, entry });
  }
  process.stdout.write(JSON.stringify(results));
}

main();
