use super::*;

fn routine(json: &str) -> Routine {
    match Routine::parse(json.as_bytes(), "t", Catalogue::builtin()) {
        Ok(routine) => routine,
        Err(problems) => panic!("invalid test routine: {problems}"),
    }
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 4).unwrap_or_default()
}

const MIXED: &str = r#"{"format":"posewise-routine","version":1,
    "title":"Evening <b>routine</b>","author":"Dr A & B","notes":"Go slowly",
    "prescription":{"times_per_day":2,"days_per_week":5},
    "steps":[
    {"pose":"knee-to-chest","hold_seconds":30,"reps":3,"rest_seconds":10},
    {"custom":{"name":"Heel <i>slides</i>","instructions":["Slide one heel"]},
     "hold_seconds":5,"reps":10,"note":"Keep it small"},
    {"pose":"deep-breathing","hold_seconds":60}]}"#;

#[test]
fn lists_every_step_in_order_with_its_dose() {
    let page = html(&routine(MIXED), Catalogue::builtin(), day());
    let first = page.find("1. Knee-to-chest stretch");
    let second = page.find("2. Heel &lt;i&gt;slides&lt;/i&gt;");
    let third = page.find("3. Deep breathing");
    assert!(
        first < second && second < third && first.is_some(),
        "{page}"
    );
    assert!(page.contains("30 s × 3, both sides, rest 10 s"));
    assert!(page.contains("5 s × 10"));
    assert!(page.contains("<li>Slide one heel</li>"));
    assert!(page.contains("<b>Note:</b> Keep it small"));
    assert!(page.contains("Rhythm: breathe in 4 s, hold 1 s, out 6 s."));
}

#[test]
fn shows_the_routine_and_the_safety_text() {
    let page = html(&routine(MIXED), Catalogue::builtin(), day());
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<title>Evening &lt;b&gt;routine&lt;/b&gt;</title>"));
    assert!(page.contains("From Dr A &amp; B"));
    assert!(page.contains("Twice a day, 5 days a week"));
    assert!(page.contains("Go slowly"));
    assert!(page.contains("written 4 March 2025"));
    assert!(page.contains(&escape(&not_advice())));
    for (heading, _, signs) in red_flag_levels() {
        assert!(page.contains(&format!("<h3>{}</h3>", escape(&heading))));
        for flag in signs {
            assert!(page.contains(&escape(flag)), "{flag}");
        }
    }
    assert!(page.contains("@page{size:A4"));
    assert!(page.contains("break-inside:avoid;page-break-inside:avoid"));
}

#[test]
fn pictures_only_for_poses_and_cautions_from_the_catalogue() {
    let page = html(&routine(MIXED), Catalogue::builtin(), day());
    assert_eq!(page.matches("<svg").count(), 2);
    let knee = Catalogue::builtin().find("knee-to-chest");
    let knee = knee.map(|p| (&p.cautions, &p.avoid_if));
    let Some((cautions, avoid_if)) = knee else {
        panic!("knee-to-chest is in the catalogue");
    };
    for line in cautions.iter().chain(avoid_if) {
        assert!(page.contains(&escape(line)), "{line}");
    }
    assert!(page.contains("<b>Avoid if:</b>"));
}

#[test]
fn hostile_text_is_escaped() {
    let json = r#"{"format":"posewise-routine","version":1,
        "title":"<script>alert(1)</script>","author":"<script>x</script>",
        "notes":"</p><script>","steps":[{"custom":{"name":"<script>"},"hold_seconds":5,
        "note":"<img src=x onerror=alert(1)>"}]}"#;
    let page = html(&routine(json), Catalogue::builtin(), day());
    assert!(!page.to_lowercase().contains("<script"), "{page}");
    assert!(!page.contains("<img"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn an_svg_loses_its_xml_declaration() {
    let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg></svg>";
    assert_eq!(inline_svg(svg), "<svg></svg>");
    assert_eq!(inline_svg("<svg/>"), "<svg/>");
}

#[test]
fn a_programme_has_a_table_of_its_weeks() {
    let programme = routine(crate::routine::weeks::tests::THREE_PHASES);
    let page = html(&programme, Catalogue::builtin(), day());
    let table = &page[page.find("<section class=\"weeks\">").expect("a table")..];
    let table = &table[..table.find("</section>").expect("closed")];
    let rows: Vec<&str> = table.split("<tr>").skip(1).collect();
    assert_eq!(rows.len(), 5, "head, three steps, session: {table}");
    assert!(rows[0].contains("<th>Weeks 1–2</th><th>Weeks 3–4</th><th>Weeks 5–6</th>"));
    let cells = |row: &str| -> Vec<String> {
        row.split("<td")
            .skip(1)
            .map(|cell| cell[cell.find('>').map_or(0, |i| i + 1)..].to_string())
            .map(|cell| cell[..cell.find("</td>").unwrap_or(cell.len())].to_string())
            .collect()
    };
    let child = cells(rows[1]);
    assert!(rows[1].contains("1. Child"));
    assert!(child[0].starts_with("20 s"), "{child:?}");
    assert!(child[1].starts_with("30 s"), "{child:?}");
    assert!(child[2].starts_with("45 s × 3"), "{child:?}");
    let bridge = cells(rows[2]);
    assert!(bridge[0].contains("not this week") && bridge[1].starts_with("10 s"));
    let knee = cells(rows[3]);
    assert!(knee[1].starts_with("30 s") && knee[2].contains("not this week"));
    let session = cells(rows[4]);
    for (cell, week) in session.iter().zip([1, 3, 5]) {
        let ms = programme.in_week(week).duration_ms(Catalogue::builtin());
        assert!(cell.contains(&format_duration(ms)), "{cell} week {week}");
    }
    assert!(page.contains("When: Weeks 3–6."), "the bridge's weeks");
    assert!(page.contains("When: Weeks 1–4."), "knee-to-chest's weeks");
    // A routine that is the same every week has no table.
    assert!(!html(&routine(MIXED), Catalogue::builtin(), day()).contains("class=\"weeks\""));
}
