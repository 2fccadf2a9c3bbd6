// evidence-check web pages: folder drag-and-drop upload and live progress. No third-party code.
"use strict";

function walkEntry(entry, prefix, out) {
  // A dropped folder arrives as a tree of entries; read it fully, keeping each file's relative path.
  return new Promise(function (resolve) {
    if (entry.isFile) {
      entry.file(function (f) { out.push([f, prefix + f.name]); resolve(); }, function () { resolve(); });
    } else if (entry.isDirectory) {
      var reader = entry.createReader();
      var all = [];
      var next = function () {
        reader.readEntries(function (batch) {
          if (!batch.length) {
            Promise.all(all.map(function (e) { return walkEntry(e, prefix + entry.name + "/", out); })).then(resolve);
          } else { all = all.concat(Array.prototype.slice.call(batch)); next(); }
        }, function () { resolve(); });
      };
      next();
    } else { resolve(); }
  });
}

function setupUpload() {
  var form = document.getElementById("upload-form");
  if (!form) { return; }
  var drop = document.getElementById("drop");
  var picked = document.getElementById("picked");
  var status = document.getElementById("upload-status");
  var dropped = null;  // [[File, relativePath], ...] from a drag and drop

  ["dragenter", "dragover"].forEach(function (ev) {
    drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
  drop.addEventListener("drop", function (e) {
    e.preventDefault();
    drop.classList.remove("over");
    var out = [];
    var items = Array.prototype.slice.call(e.dataTransfer.items || []);
    var entries = items.map(function (it) { return it.webkitGetAsEntry ? it.webkitGetAsEntry() : null; });
    Promise.all(entries.filter(Boolean).map(function (en) { return walkEntry(en, "", out); })).then(function () {
      dropped = out;
      picked.textContent = out.length + " berkas siap diunggah (files ready)";
    });
  });
  form.querySelectorAll("input[type=file]").forEach(function (inp) {
    inp.addEventListener("change", function () {
      dropped = null;
      picked.textContent = inp.files.length + " berkas dipilih (files chosen)";
    });
  });

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var data = new FormData(form);
    if (dropped) {
      data.delete("files");
      data.delete("zip");
      dropped.forEach(function (pair) { data.append("files", pair[0], pair[1]); });
    } else {
      // Send each chosen file under its path inside the chosen folder.
      var folder = document.getElementById("folder-input");
      if (folder.files.length) {
        data.delete("files");
        Array.prototype.forEach.call(folder.files, function (f) { data.append("files", f, f.webkitRelativePath || f.name); });
      }
    }
    var button = document.getElementById("start");
    button.disabled = true;
    status.textContent = "Mengunggah… (uploading)";
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", function (ev) {
      if (ev.lengthComputable) { status.textContent = "Mengunggah " + Math.round(ev.loaded * 100 / ev.total) + "% (uploading)"; }
    });
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (err) { body = {}; }
      if (xhr.status === 201 && body.url) { window.location.assign(body.url); return; }
      button.disabled = false;
      status.className = "error";
      status.textContent = body.error || ("Galat (error) " + xhr.status);
    };
    xhr.onerror = function () { button.disabled = false; status.className = "error"; status.textContent = "Koneksi terputus (connection lost)"; };
    xhr.send(data);
  });
}

function setupProgress() {
  var card = document.getElementById("progress-card");
  if (!card) { return; }
  var url = card.getAttribute("data-progress-url");
  var bar = document.getElementById("progress-bar");
  var text = document.getElementById("progress-text");
  var badge = document.getElementById("run-status");
  var tick = function () {
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        badge.textContent = p.status;
        badge.setAttribute("data-status", p.status);
        if (["queued", "running"].indexOf(p.status) < 0) { window.location.reload(); return; }
        if (p.queue) {
          text.textContent = "Menunggu giliran ke-" + p.queue + " (queued)";
        } else if (p.stage) {
          bar.max = Math.max(1, p.total || 1);
          bar.value = p.done || 0;
          text.textContent = p.stage + " " + p.done + "/" + p.total + (p.detail ? " — " + p.detail : "");
        }
        setTimeout(tick, 700);
      })
      .catch(function () { setTimeout(tick, 2000); });
  };
  tick();
}

document.addEventListener("DOMContentLoaded", function () { setupUpload(); setupProgress(); });
