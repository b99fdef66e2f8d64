/// The style sheet and the small script of the HTML report, inline so the file works offline and alone.
enum HTMLAssets {
    /// Allows nothing from outside: no fetch, no external script, style, font or image.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The screen, phone and print style. Category colours are told apart without colour too: each fill has its
    /// own pattern (solid, diagonal stripes, dots, horizontal lines) and every bar or badge has a text label;
    /// all text meets WCAG AA contrast (4.5:1) on its background. Print: A4 with margins, running header and page
    /// numbers (`pageRule`), headings kept with what follows, a chart small enough (7.5 cm wide) to stay on the
    /// first page with its legend under the verdict and the headline figures, and every table as narrow as the
    /// page (identifiers break anywhere, long words at their `SoftHyphens`, badges wrap), since Chromium shrinks
    /// the whole printed document to fit its widest table.
    static let style = """
    :root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#fff;--card:#f6f8fa;--high:#0b4f9c;--mid:#f2c14e;--low:#d55e00;--none:#5c6670;--focus:#0b4f9c;--alert:#9a3412}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:break-word}
    header,main,footer{max-width:1180px;margin:0 auto;padding:0 16px}
    header{padding-top:20px;border-bottom:1px solid var(--line)}
    h1{font-size:26px;margin:0 0 4px;line-height:1.25} h2{font-size:20px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px} h3{font-size:16px;margin:18px 0 8px}
    .meta,.note{color:var(--muted)} .note{font-style:italic}
    .skip{position:absolute;left:-9999px} .skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;outline:3px solid var(--focus)}
    .alert{border:1px solid var(--alert);border-left-width:6px;padding:8px 12px;margin:16px 0;background:#fff5f5}
    .verdict{font-size:20px;font-weight:700;padding:10px 14px;margin:16px 0;border:2px solid;border-left-width:10px}
    .verdict.pass{border-color:var(--high);color:var(--high)} .verdict.fail{border-color:var(--alert);color:var(--alert)}
    .cards{display:flex;flex-wrap:wrap;gap:12px;margin:0;padding:0;list-style:none}
    .cards li{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:10px 14px;min-width:150px;flex:1 1 150px;max-width:100%}
    .cards .figure{display:block;font-size:26px;font-weight:600}
    .cards .caption{display:block;color:var(--muted);font-size:13px} .cards .band{white-space:normal} .cards .caption,.cards .band{hyphens:auto}
    .scroll{overflow-x:auto;max-width:100%}
    table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:14px}
    caption{text-align:left;font-weight:600;padding:4px 0}
    #components{font-size:13px}
    th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
    thead th{background:var(--card);position:sticky;top:0} tbody th{font-weight:600}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums} td.num{white-space:nowrap}
    th button{all:unset;cursor:pointer;font-weight:600} th button:focus-visible{outline:3px solid var(--focus)}
    th[aria-sort=ascending] button::after{content:" \\25B2"} th[aria-sort=descending] button::after{content:" \\25BC"}
    .band{display:inline-block;padding:0 6px;border-radius:4px;font-size:13px;white-space:nowrap;border:1px solid #000}
    .band-high{background:var(--high);color:#fff} .band-mid{background:var(--mid);color:var(--fg)} .band-low{background:var(--low);color:#000} .band-none{background:var(--none);color:#fff;white-space:normal}
    .swatch.band-mid{background:var(--mid) repeating-linear-gradient(45deg,transparent 0 4px,rgba(0,0,0,.45) 4px 6px)}
    .swatch.band-low{background:var(--low) radial-gradient(rgba(0,0,0,.5) 1.3px,transparent 1.7px) 0 0/6px 6px}
    .swatch.band-none{background:var(--none) repeating-linear-gradient(0deg,transparent 0 4px,rgba(255,255,255,.45) 4px 5px)}
    .stil-chart{display:block;width:100%;max-width:640px;height:auto;font-size:14px}
    .stil-chart text{fill:var(--fg)} .stil-chart .group{font-weight:700;font-size:15px} .stil-chart .axis{fill:var(--fg);font-size:13px}
    .stil-chart .track{fill:#eaeef2;stroke:var(--line)} .stil-chart .threshold{stroke:var(--fg);stroke-width:1.5;stroke-dasharray:4 3}
    .stil-chart .bar{stroke:#000;stroke-width:.5}
    .stil-chart .band-high{fill:url(#fill-high)} .stil-chart .band-mid{fill:url(#fill-mid)} .stil-chart .band-low{fill:url(#fill-low)} .stil-chart .band-none{fill:url(#fill-none)}
    .legend{list-style:none;padding:0;margin:4px 0 12px;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px}
    .swatch{display:inline-block;width:14px;height:14px;border:1px solid #000;margin-right:6px;vertical-align:-2px}
    .patterns{position:absolute;width:0;height:0;overflow:hidden}
    .meter{display:inline-block;height:10px;background:var(--high);vertical-align:middle;margin-right:6px;max-width:40%}
    details{margin:4px 0 12px} summary{cursor:pointer;font-weight:600} summary:focus-visible{outline:3px solid var(--focus)}
    .tools{margin:8px 0} .tools input{font:inherit;padding:4px 8px;border:1px solid var(--muted);border-radius:4px;width:100%;max-width:320px}
    .tools input:focus{outline:3px solid var(--focus)}
    .sev-error{color:var(--alert);font-weight:600} .sev-warning{color:#7a4d00;font-weight:600}
    code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;overflow-wrap:anywhere}
    .rule{white-space:nowrap}
    footer{margin-top:32px;padding-top:8px;border-top:1px solid var(--line);color:var(--muted);font-size:13px}
    @media (max-width:600px){body{font-size:15px} h1{font-size:21px} table{font-size:13px} .cards li{min-width:130px}}
    @media print{
    html,body{print-color-adjust:exact;-webkit-print-color-adjust:exact}
    body{font-size:9.5pt} header,main,footer{max-width:none;padding:0}
    h1{font-size:17pt} h2{font-size:13pt;margin-top:10pt} h3{font-size:11pt}
    h2,h3,caption,summary{break-after:avoid;page-break-after:avoid} h2+*,h3+*{break-before:avoid}
    .scroll{overflow:visible} .tools,.skip{display:none!important} thead th{position:static}
    thead{display:table-header-group} tr,li,.cards li,svg{break-inside:avoid}
    table{font-size:8.5pt;margin:4pt 0 10pt} th,td{padding:2pt 4pt}
    td,th{overflow-wrap:break-word} #components{font-size:6.5pt} #components th,#components td{padding:1.5pt 2pt}
    #components tbody th,#components .id{overflow-wrap:anywhere} #components tbody th{min-width:19mm}
    .stil-table,.systems{font-size:7.5pt} .stil-table th,.stil-table td,.systems th,.systems td{padding:1.5pt 2.5pt}
    .systems td.num{white-space:normal}
    code,.band{font-size:.92em} .band{white-space:normal} .stil-table{break-inside:avoid}
    details::details-content{content-visibility:visible;display:block;height:auto}
    .stil-chart{max-width:7.5cm} .stil-chart .label{font-size:16px} .stil-chart .group{font-size:17px}
    .legend{break-before:avoid;margin-top:2pt;font-size:7.5pt;gap:2pt 10pt}
    .verdict{font-size:13pt;padding:6pt 10pt;margin:6pt 0} .alert{margin:6pt 0;padding:3pt 8pt}
    .cards{gap:5pt} .cards li{padding:3pt 6pt;flex:1 1 22%;min-width:0} .cards .figure{font-size:13pt;line-height:1.2}
    .cards .caption,.cards .band{font-size:7.5pt;line-height:1.3} .counts li{flex:1 1 0} .counts .figure{font-size:11pt}
    a{color:inherit;text-decoration:none}
    }
    """

    /// The patterns behind the chart fills, written once per page (charts refer to them by id).
    static let patterns = """
    <svg class="patterns" aria-hidden="true" focusable="false"><defs>\
    <pattern id="fill-high" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#0b4f9c"/></pattern>\
    <pattern id="fill-mid" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#f2c14e"/><rect width="2.5" height="8" fill="#1f2328" fill-opacity=".45"/></pattern>\
    <pattern id="fill-low" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#d55e00"/><circle cx="3" cy="3" r="1.3" fill="#000" fill-opacity=".5"/></pattern>\
    <pattern id="fill-none" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#5c6670"/><rect y="4" width="6" height="1" fill="#fff" fill-opacity=".45"/></pattern>\
    </defs></svg>
    """

    /// The printed page: A4 with margins, the report's title, subject and date in the running header, and page
    /// numbers at the foot. `header` is data; every character but letters, digits and spaces is written as a CSS
    /// escape, and control and format characters are left out, so it cannot end the rule or the style element.
    static func pageRule(header: String, page: String, of: String) -> String {
        "@page{size:A4;margin:16mm 14mm 18mm 14mm;"
            + "@top-left{content:\(cssString(header));font:8pt system-ui,sans-serif;color:#57606a}"
            + "@bottom-right{content:\(cssString(page + " ")) counter(page) \(cssString(" " + of + " ")) counter(pages);font:8pt system-ui,sans-serif;color:#57606a}}\n"
    }

    /// A quoted CSS string in which only ASCII letters, digits and spaces stand as themselves.
    static func cssString(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse: continue
            default: break
            }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " {
                output.unicodeScalars.append(scalar)
            } else {
                output += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return output + "\""
    }

    /// Filters and sorts the component table. Without it the full table is shown and the filter box stays hidden.
    static let script = """
    (function(){
      window.addEventListener("beforeprint",function(){
        Array.prototype.forEach.call(document.querySelectorAll("details"),function(d){d.open=true;});
      });
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
