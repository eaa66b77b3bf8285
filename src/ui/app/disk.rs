//! The window's writes (settings, checkpoints, the history) run here, on one
//! thread of their own, so the UI thread never waits for an fsync. One
//! thread keeps them in the order they were asked for: a checkpoint's
//! removal never overtakes its last save.

use std::future::Future;
use std::sync::mpsc;
use std::thread::JoinHandle;

type Job = Box<dyn FnOnce() + Send>;

pub struct Disk {
    jobs: Option<mpsc::Sender<Job>>,
    worker: Option<JoinHandle<()>>,
}

impl Disk {
    /// A thread that does the jobs one after the other.
    pub fn start() -> Disk {
        let (jobs, queue) = mpsc::channel::<Job>();
        let worker = std::thread::Builder::new()
            .name("posewise-disk".into())
            .spawn(move || {
                for job in queue {
                    job();
                }
            });
        match worker {
            Ok(worker) => Disk {
                jobs: Some(jobs),
                worker: Some(worker),
            },
            // No thread to be had: do the work where it is asked for.
            Err(_) => Disk::inline(),
        }
    }

    /// Does each job at once, on the caller's thread: for tests, which
    /// look at the files right after a message.
    pub fn inline() -> Disk {
        Disk {
            jobs: None,
            worker: None,
        }
    }

    /// Queues `work` behind the jobs already asked for; the future gives
    /// its result once it is done (`None` if the worker died).
    pub fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> impl Future<Output = Option<T>> + Send + 'static {
        let (done, result) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = done.send(work());
        });
        match &self.jobs {
            Some(jobs) => {
                if let Err(mpsc::SendError(job)) = jobs.send(job) {
                    job();
                }
            }
            None => job(),
        }
        async move { result.await.ok() }
    }

    /// Waits until every job asked for is done: before the app exits.
    pub fn finish(&mut self) {
        self.jobs = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

impl Drop for Disk {
    fn drop(&mut self) {
        self.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[test]
    fn jobs_run_in_the_order_asked_and_finish_waits_for_all() {
        let mut disk = Disk::start();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let mut results = Vec::new();
        for n in 0..50 {
            let seen = Arc::clone(&seen);
            results.push(disk.run(move || {
                std::thread::sleep(std::time::Duration::from_micros(200));
                seen.lock().map(|mut s| s.push(n)).is_ok()
            }));
        }
        disk.finish();
        assert_eq!(*seen.lock().expect("lock"), (0..50).collect::<Vec<_>>());
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        for result in results {
            assert_eq!(runtime.block_on(result), Some(true));
        }
    }

    #[test]
    fn the_worker_thread_is_not_the_callers() {
        let disk = Disk::start();
        let caller = std::thread::current().id();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        let worker = runtime.block_on(disk.run(move || std::thread::current().id()));
        assert_ne!(worker, Some(caller));
        let inline = Disk::inline();
        let here = runtime.block_on(inline.run(move || std::thread::current().id()));
        assert_eq!(here, Some(caller));
    }
}
