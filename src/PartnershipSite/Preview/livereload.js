// PartnershipSite preview: reloads the page when the site has been rebuilt. The preview server adds this script
// to the pages it serves; `build` never publishes it. An external file, so the site's CSP (script-src 'self')
// holds in preview too.
(() => {
  "use strict";
  const script = document.currentScript;
  const since = new URL(script.src).searchParams.get("build") || "0";
  const events = new EventSource("/__partnershipsite/events?since=" + encodeURIComponent(since));
  events.addEventListener("reload", () => {
    events.close();
    location.reload();
  });
})();
