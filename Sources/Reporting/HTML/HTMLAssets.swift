/// The style sheet and the small script of the HTML report, inline so the file works offline and alone.
enum HTMLAssets {
    /// Allows nothing from outside: no fetch, no external script, style, font or image.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    static let style = """
    :root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#fff;--card:#f6f8fa;--high:#1a7f37;--mid:#9a6700;--low:#cf222e;--none:#8c959f;--focus:#0969da}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
    header,main{max-width:1180px;margin:0 auto;padding:0 20px}
    header{padding-top:20px;border-bottom:1px solid var(--line)}
    h1{font-size:26px;margin:0 0 4px} h2{font-size:20px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px} h3{font-size:16px;margin:18px 0 8px}
    .meta,.note{color:var(--muted)} .note{font-style:italic}
    .skip{position:absolute;left:-9999px} .skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;outline:3px solid var(--focus)}
    .alert{border:1px solid var(--low);border-left-width:6px;padding:8px 12px;margin:16px 0;background:#fff5f5}
    .cards{display:flex;flex-wrap:wrap;gap:12px;margin:0;padding:0;list-style:none}
    .cards li{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:10px 14px;min-width:170px}
    .cards .figure{display:block;font-size:26px;font-weight:600}
    .cards .caption{display:block;color:var(--muted);font-size:13px}
    table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:14px}
    .scroll{overflow-x:auto} #components{font-size:13px} #components code{word-break:normal}
    th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
    thead th{background:var(--card);position:sticky;top:0} tbody th{font-weight:600}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    th button{all:unset;cursor:pointer;font-weight:600} th button:focus-visible{outline:3px solid var(--focus)}
    th[aria-sort=ascending] button::after{content:" \\25B2"} th[aria-sort=descending] button::after{content:" \\25BC"}
    .band{display:inline-block;padding:0 6px;border-radius:4px;color:#fff;font-size:13px;white-space:nowrap}
    .band.band-high{background:var(--high)} .band.band-mid{background:var(--mid)} .band.band-low{background:var(--low)} .band.band-none{background:var(--none)}
    .stil-chart{max-width:100%;height:auto;font-size:13px}
    .stil-chart text{fill:var(--fg)} .stil-chart .group{font-weight:700} .stil-chart .axis{fill:var(--muted);font-size:11px}
    .stil-chart .track{fill:#eaeef2} .stil-chart .threshold{stroke:var(--muted);stroke-dasharray:4 3}
    .stil-chart .band-high{fill:var(--high)} .stil-chart .band-mid{fill:var(--mid)} .stil-chart .band-low{fill:var(--low)} .stil-chart .band-none{fill:var(--none)}
    .meter{display:inline-block;height:10px;background:var(--focus);vertical-align:middle;margin-right:6px}
    .tools{margin:8px 0} .tools input{font:inherit;padding:4px 8px;border:1px solid var(--muted);border-radius:4px;min-width:280px}
    .tools input:focus{outline:3px solid var(--focus)}
    .sev-error{color:var(--low);font-weight:600} .sev-warning{color:var(--mid);font-weight:600}
    code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;word-break:break-all}
    @media print{body{font-size:11px}.scroll{overflow:visible}.tools,.skip{display:none!important}th{position:static}tr{break-inside:avoid}h2{break-after:avoid}section{break-inside:auto}
    .band{color:#000!important;border:1px solid #000;background:none!important}}
    """

    /// Filters and sorts the component table. Without it the full table is shown and the filter box stays hidden.
    static let script = """
    (function(){
      var table=document.getElementById("components");
      var tools=document.getElementById("component-tools");
      if(!table||!tools){return;}
      var input=document.getElementById("component-filter"),count=document.getElementById("component-count");
      var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows),heads=table.tHead.rows[0].cells;
      tools.hidden=false;
      input.addEventListener("input",function(){
        var query=input.value.toLowerCase(),shown=0;
        rows.forEach(function(row){var hit=row.textContent.toLowerCase().indexOf(query)>=0;row.hidden=!hit;if(hit){shown++;}});
        count.textContent=String(shown);
      });
      Array.prototype.forEach.call(heads,function(head,column){
        var button=document.createElement("button");
        button.type="button";
        button.textContent=head.textContent;
        head.textContent="";
        head.appendChild(button);
        button.addEventListener("click",function(){
          var ascending=head.getAttribute("aria-sort")!=="ascending";
          Array.prototype.forEach.call(heads,function(other){other.removeAttribute("aria-sort");});
          head.setAttribute("aria-sort",ascending?"ascending":"descending");
          rows.sort(function(a,b){
            var x=a.cells[column].getAttribute("data-sort")||a.cells[column].textContent;
            var y=b.cells[column].getAttribute("data-sort")||b.cells[column].textContent;
            var nx=parseFloat(x),ny=parseFloat(y);
            var order=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);
            return ascending?order:-order;
          });
          rows.forEach(function(row){body.appendChild(row);});
        });
      });
    })();
    """
}
