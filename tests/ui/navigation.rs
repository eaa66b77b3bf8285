use crate::harness::Harness;
use posewise::ui::Launch;
use posewise::ui::app::Screen;

#[test]
fn first_run_shows_the_safety_notice_once() {
    let mut h = Harness::new(Launch::Home);
    assert!(h.app.safety_open);
    assert!(h.shows("I understand"));
    assert!(h.shows("Do not exercise if back pain comes with any of these:"));
    // Both levels, each with its plain heading and every sign.
    for (heading, intro, signs) in posewise::core::safety::red_flag_levels() {
        assert!(h.shows(&heading) && h.shows(&intro), "{heading}");
        for sign in signs {
            assert!(h.shows(&format!("•  {sign}")), "{sign}");
        }
    }
    // Below the fold in a small window: Enter answers it, as it says.
    h.send(posewise::ui::Message::Key(
        posewise::ui::keys::Hotkey::Enter,
    ));
    assert!(!h.app.safety_open);
    let h = h.restart();
    assert!(!h.app.safety_open, "acknowledged once, not asked again");
}

#[test]
fn today_to_routines_to_a_routine_page_to_start() {
    let mut h = Harness::returning(Launch::Home);
    assert!(matches!(h.app.screen, Screen::Today(_)));
    assert!(h.shows("Today"));
    h.click("Routines");
    assert!(matches!(h.app.screen, Screen::Routines(_)));
    assert!(h.shows("Back spasm relief"));
    h.click("Open");
    let Screen::Routine(page) = &h.app.screen else {
        panic!("the routine's page should be open");
    };
    let title = page.routine.title.clone();
    assert!(h.shows(&title));
    h.click("Start");
    let Screen::Runner(runner) = &h.app.screen else {
        panic!("the session should be running");
    };
    assert_eq!(runner.title(), title);
    assert!(runner.next_tick(h.now()).is_some(), "the app ticks");
}

#[test]
fn a_broken_file_given_on_the_command_line_is_explained_not_fatal() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("broken.posewise.json");
    std::fs::write(
        &path,
        "{\n  \"format\": \"posewise-routine\",\n  \"version\": 1,\n  oops\n}",
    )
    .expect("written");
    let h = Harness::returning(Launch::Open(path.clone()));
    let Screen::Routines(screen) = &h.app.screen else {
        panic!("the routines are shown, with the problem");
    };
    let error = screen.error.clone().unwrap_or_default();
    assert!(
        error.contains(&format!("{}:4:3", path.display())),
        "{error}"
    );
    assert!(h.shows(&error));
}
