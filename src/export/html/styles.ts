/**
 * The map page's stylesheet (inlined, allowed by its hash in the Content-Security-Policy).
 * Plain CSS, system fonts, a three-column layout (controls · map/table · details); below 1000 px
 * the map fills the screen under a compact header, the controls become a drawer from the left
 * and the details a sheet over the lower part of the map; while the table is shown the details
 * column gives way to it. Visible focus rings, colours with WCAG AA contrast for text.
 */

export const MAP_CSS = `
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#f6f6f4}
button,input,select{font:inherit;color:inherit}
:focus-visible{outline:3px solid #1f6feb;outline-offset:1px}
.app{display:flex;flex-direction:column;height:100vh;min-height:560px}
.loading,.fatal,noscript p{padding:2rem;font-size:1.1rem}
.top{background:#fff;border-bottom:1px solid #ddd;padding:.5rem 1rem}
.title-row{display:flex;align-items:center;gap:1.5rem;flex-wrap:wrap}
.title-row h1{font-size:1.25rem;margin:0}
.subtitle{margin:0;color:#555;font-size:.85rem}
.summary{display:flex;gap:1.25rem;margin:0;flex-wrap:wrap}
.figure{display:flex;flex-direction:column}
.figure dt{font-size:.75rem;color:#555}
.figure dd{margin:0;font-weight:600;font-size:1.05rem}
.lang{margin-left:auto;display:flex;gap:.25rem}
.lang button{border:1px solid #888;background:#fff;border-radius:4px;padding:.15rem .5rem;cursor:pointer}
.lang button[aria-pressed="true"]{background:#1a1a1a;color:#fff;border-color:#1a1a1a}
.params{margin:.25rem 0 0;color:#555;font-size:.8rem}
.banner{margin:.4rem 0 0;padding:.4rem .7rem;border-radius:4px;font-size:.85rem}
.banner ul{margin:.2rem 0 0;padding-left:1.2rem}
.banner.warn{background:#fff4d6;border:1px solid #d9a400}
.banner.info{background:#e8f1fb;border:1px solid #7aa7d9}
.banner.error{background:#fde8e6;border:1px solid #c4382a}
.main{flex:1;display:grid;grid-template-columns:280px minmax(0,1fr) 340px;min-height:0;position:relative}
.main.view-table{grid-template-columns:280px minmax(0,1fr)}
.main.view-table .panel{display:none}
.main.view-table.details-open .panel{display:block;position:absolute;right:0;top:0;bottom:0;width:360px;z-index:25;box-shadow:-4px 0 16px rgba(0,0,0,.18)}
.drawer-toggle,.drawer-close{display:none}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.option-aka{color:inherit;opacity:.8;font-size:.85em}
.gradient{margin:.2rem 0 .4rem}
.gradient-bar{height:.8rem;border-radius:3px;border:1px solid rgba(0,0,0,.2)}
.gradient-ticks{display:flex;justify-content:space-between;font-size:.78rem;font-variant-numeric:tabular-nums;color:#333}
.legend-sub{font-size:.85rem;margin:.5rem 0 .2rem}
.swatch.line{height:.3rem;border-radius:2px;width:1.1rem}
.ego h3{font-size:.9rem;margin:.2rem 0}
.ego.active{background:#eef4fc;border-radius:4px;padding:.3rem .4rem}
.ego select{width:100%;margin:.2rem 0}
.ego-btn{margin:.5rem 0 .2rem;border:1px solid #0b57b8;color:#0b57b8;background:#fff;border-radius:4px;padding:.25rem .6rem;cursor:pointer}
.engagement{background:#fff6ea;border:1px solid #f1c27d;border-radius:4px;padding:.1rem .5rem .4rem;margin:.6rem 0}
.engagement h3{border:0;margin:.4rem 0 .2rem}
.eng-rank{margin:.1rem 0 .3rem;font-weight:600}
.gone h4{font-size:.85rem;margin:.6rem 0 .2rem}
.gone-list{margin:0;padding-left:1.1rem;font-size:.85rem;max-height:240px;overflow:auto}
.table-bar{display:flex;align-items:center;gap:.6rem;flex-wrap:wrap;padding:.2rem .6rem}
.table-bar .hint{flex:1;min-width:12rem}
.csv-download{border:1px solid #888;background:#fff;border-radius:4px;padding:.2rem .6rem;cursor:pointer}
.table-view>details.gone,.table-view>section.gone{flex:none;max-height:30%;overflow:auto;padding:0 .6rem .4rem;border-top:1px solid #ddd}
.controls{overflow:auto;padding:.6rem .8rem;border-right:1px solid #ddd;background:#fff}
.controls h2{font-size:.95rem;margin:.8rem 0 .3rem}
.controls label{display:block;font-weight:600;margin-bottom:.15rem}
.field{margin:.5rem 0}
.field select,.search input{width:100%;padding:.3rem .4rem;border:1px solid #888;border-radius:4px;background:#fff}
.search{position:relative}
.suggestions{position:absolute;z-index:20;left:0;right:0;margin:2px 0 0;padding:0;list-style:none;background:#fff;border:1px solid #888;border-radius:4px;box-shadow:0 4px 12px rgba(0,0,0,.15);max-height:280px;overflow:auto}
.suggestions li{padding:.3rem .5rem;cursor:pointer;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.suggestions li[aria-selected="true"]{background:#1f6feb;color:#fff}
.suggestions li.none{color:#555;cursor:default}
.hint{color:#555;font-size:.78rem;margin:.2rem 0}
.legend-items{list-style:none;margin:0;padding:0}
.legend-items li{display:flex;align-items:center;gap:.4rem;padding:.1rem 0}
.swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:50%;flex:none;border:1px solid rgba(0,0,0,.25)}
.swatch.product{border-radius:2px}
.legend-label{flex:1;overflow-wrap:anywhere}
.count{color:#555;font-variant-numeric:tabular-nums}
.group{margin:.35rem 0;border:1px solid #e2e2e2;border-radius:4px;padding:.2rem .4rem}
.group summary{cursor:pointer;font-weight:600}
.allnone{font-size:.8rem;margin:.15rem 0}
.checklist{list-style:none;margin:0;padding:0;max-height:180px;overflow:auto}
.check{display:flex;align-items:flex-start;gap:.35rem;margin:.15rem 0}
.check label{font-weight:400;margin:0}
.check input{margin-top:.2rem}
fieldset.sources{border:1px solid #e2e2e2;border-radius:4px;margin:.5rem 0;padding:.2rem .5rem}
fieldset.sources legend{font-weight:600;padding:0 .2rem}
.range{display:flex;align-items:center;gap:.5rem}
.range input{flex:1}
.weight-value{min-width:2.5rem;text-align:right;font-variant-numeric:tabular-nums}
.visible-count{font-size:.85rem;color:#333;margin:.2rem 0 .4rem}
.reset{margin-top:.6rem;border:1px solid #888;background:#fff;border-radius:4px;padding:.25rem .6rem;cursor:pointer}
button.link{border:0;background:none;padding:0;color:#0b57b8;text-decoration:underline;cursor:pointer;text-align:left}
.view{display:flex;flex-direction:column;min-width:0;min-height:0}
.tabs{display:flex;gap:.2rem;padding:.35rem .6rem 0;background:#f6f6f4}
.tabs [role=tab]{border:1px solid #bbb;border-bottom:0;background:#eaeaea;padding:.3rem .9rem;border-radius:4px 4px 0 0;cursor:pointer}
.tabs [role=tab][aria-selected="true"]{background:#fff;font-weight:600}
.map-panel,.table-panel{flex:1;position:relative;min-height:0;background:#fff;border-top:1px solid #bbb}
.map-panel[hidden],.table-panel[hidden]{display:none}
.sigma{position:absolute;inset:0}
.map-message{position:absolute;z-index:5;left:1rem;right:4rem;top:1rem;padding:.8rem 1rem;background:#fff;border:1px solid #bbb;border-radius:6px;font-size:1rem}
.map-message[hidden]{display:none}
.no-map .toolbar{display:none}
.toolbar{position:absolute;z-index:6;right:.6rem;top:.6rem;display:flex;flex-direction:column;align-items:flex-end;gap:.3rem}
.toolbar button{min-width:2.2rem;height:2.2rem;border:1px solid #888;background:#fff;border-radius:4px;cursor:pointer;display:flex;align-items:center;justify-content:center;gap:.3rem;padding:0 .45rem;font-size:1rem}
.toolbar button[aria-pressed="false"]{opacity:.6}
.toolbar .btn-text{font-size:.75rem}
.toolbar [data-action=png] span,.toolbar [data-action=svg] span{font-size:.72rem;font-weight:600}
.table-view{position:absolute;inset:0;display:flex;flex-direction:column}
.table-view .hint{padding:.3rem .6rem;margin:0}
.table-scroll{flex:1;overflow:auto;min-height:0}
#org-table{border-collapse:separate;border-spacing:0;width:100%;table-layout:fixed}
#org-table caption{text-align:left;padding:.2rem .6rem;font-weight:600}
#org-table thead th{position:sticky;top:0;background:#f0f0ee;z-index:2;border-bottom:1px solid #bbb;padding:0;text-align:left}
#org-table thead th{vertical-align:bottom}
#org-table thead th button{width:100%;min-height:44px;border:0;background:none;text-align:inherit;padding:.3rem .45rem;cursor:pointer;font-weight:600;line-height:1.15;white-space:normal;overflow-wrap:normal;hyphens:auto}
#org-table th.num,#org-table td.num{text-align:right}
#org-table thead th:first-child{left:0;z-index:3}
#org-table tbody th{position:sticky;left:0;background:#fff;z-index:1;box-shadow:1px 0 0 #ddd}
#org-table tbody tr.active th{background:#dce9fb}
#org-table tbody tr{height:30px}
#org-table tbody td,#org-table tbody th{padding:0 .45rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;border-bottom:1px solid #eee;font-weight:400;text-align:left}
#org-table tbody td.num{text-align:right;font-variant-numeric:tabular-nums}
#org-table tbody tr[data-pos]{cursor:pointer}
#org-table tbody tr[data-pos]:hover{background:#f3f7fd}
#org-table tbody tr.active{background:#dce9fb;box-shadow:inset 3px 0 0 #1f6feb}
#org-table:focus-visible{outline-offset:-3px}
.panel{overflow:auto;padding:.6rem .9rem;border-left:1px solid #ddd;background:#fff}
.panel-head{display:flex;align-items:flex-start;gap:.5rem}
.panel h2{font-size:1.1rem;margin:.1rem 0 .4rem;flex:1;overflow-wrap:anywhere}
.panel h3{font-size:.9rem;margin:.9rem 0 .3rem;border-bottom:1px solid #eee}
.panel .close{border:1px solid #888;background:#fff;border-radius:4px;width:1.9rem;height:1.9rem;cursor:pointer;font-size:1.1rem;line-height:1}
.muted{color:#555}
.note{background:#fff4d6;padding:.3rem .5rem;border-radius:4px}
.facts{display:grid;grid-template-columns:auto 1fr;gap:.15rem .6rem;margin:0}
.facts dt{color:#555}
.facts dd{margin:0;overflow-wrap:anywhere}
.facts dd.suppressed{font-style:italic}
table.metrics{border-collapse:collapse;width:100%;font-size:.85rem}
table.metrics th{text-align:left;font-weight:600;padding:.3rem .3rem 0 0}
table.metrics td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;padding:.3rem 0 0;font-weight:600}
table.metrics td.explain{color:#555;font-size:.78rem;padding:0 0 .3rem;border-bottom:1px solid #f0f0f0}
.relations{list-style:none;padding:0;margin:0;font-size:.88rem}
.relations li{padding:.12rem 0;overflow-wrap:anywhere}
.relations li.filtered{opacity:.55}
.rel-meta{color:#555}
.more{margin-top:.3rem}
@media (max-width:1000px){
 .app{height:100vh;height:100dvh;min-height:0}
 .top{padding:.3rem .6rem}
 .title-row{gap:.6rem}
 .title-row h1{font-size:1.05rem}
 .subtitle,.params{display:none}
 .summary{gap:.7rem}
 .figure dd{font-size:.95rem}
 .banner{max-height:3.4em;overflow:auto;font-size:.78rem;padding:.25rem .5rem}
 .main,.main.view-table{display:block;flex:1;min-height:0}
 .view{height:100%}
 .drawer-toggle{display:inline-block;margin-left:auto;border:1px solid #888;background:#fff;border-radius:4px;padding:.25rem .6rem;cursor:pointer}
 .controls{position:fixed;z-index:40;left:0;top:0;bottom:0;width:min(340px,88vw);transform:translateX(-105%);transition:transform .2s;box-shadow:4px 0 18px rgba(0,0,0,.25);visibility:hidden}
 .controls.open{transform:none;visibility:visible}
 .drawer-close{display:block;float:right;position:relative;z-index:2;border:1px solid #888;background:#fff;border-radius:4px;width:2rem;height:2rem;cursor:pointer;font-size:1.1rem}
 .panel,.main.view-table .panel{display:none}
 .main.details-open .panel,.main.view-table.details-open .panel{display:block;position:absolute;left:0;right:0;bottom:0;top:auto;width:auto;max-height:50%;z-index:30;border:0;border-top:1px solid #bbb;border-radius:10px 10px 0 0;box-shadow:0 -4px 18px rgba(0,0,0,.22)}
 .toolbar{top:.4rem;right:.4rem}
 .toolbar .btn-text{display:none}
}
@media (max-width:560px){
 .summary .figure[data-figure="modularity"],.summary .figure[data-figure="communities"]{display:none}
 .title-row{gap:.2rem .6rem}
 .lang{order:2}
 .summary{order:3;width:100%;gap:.8rem}
 .summary .figure{flex-direction:row-reverse;align-items:baseline;gap:.25rem}
 .figure dd{font-size:.9rem}
 .tabs [role=tab]{padding:.3rem .6rem}
}
`;
