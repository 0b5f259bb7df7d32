//! An order-preserving parallel map over a stream, with bounded memory and no global pool.
//!
//! Worker threads are scoped to one call and joined before it returns, so nothing survives a
//! `fork` half-initialised: a process forked by Dask or multiprocessing starts with no pool to
//! deadlock on.

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::Mutex;

/// Number of worker threads to use when the caller does not say: the machine's cores.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Applies `f` to every item of `items` on `threads` threads and hands the results to `sink`
/// in input order. At most `4 * threads` items are in flight at any moment. `f` must not
/// panic (the extractor catches panics and turns them into errors).
pub fn map_ordered<T, U, I, F, S>(items: I, threads: usize, f: F, mut sink: S)
where
    I: Iterator<Item = T> + Send,
    T: Send,
    U: Send,
    F: Fn(T) -> U + Sync,
    S: FnMut(U),
{
    let threads = threads.max(1);
    if threads == 1 {
        for item in items {
            sink(f(item));
        }
        return;
    }
    let window = 4 * threads;
    let source = Mutex::new(items.enumerate());
    let (done_tx, done_rx) = mpsc::channel::<(usize, U)>();
    // Tickets bound the number of items taken but not yet handed to the sink.
    let (ticket_tx, ticket_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        let _ = ticket_tx.send(());
    }
    let ticket_rx = Mutex::new(ticket_rx);
    std::thread::scope(|scope| {
        let mut workers = Vec::with_capacity(threads);
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let (source, f, ticket_rx) = (&source, &f, &ticket_rx);
            workers.push(scope.spawn(move || loop {
                let ticket = ticket_rx.lock().map(|rx| rx.recv());
                if !matches!(ticket, Ok(Ok(()))) {
                    return;
                }
                let next = source.lock().ok().and_then(|mut it| it.next());
                let Some((i, item)) = next else { return };
                if done_tx.send((i, f(item))).is_err() {
                    return;
                }
            }));
        }
        drop(done_tx);
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (i, u) in done_rx {
            pending.insert(i, u);
            while let Some(u) = pending.remove(&next) {
                sink(u);
                next += 1;
                let _ = ticket_tx.send(());
            }
        }
        // Workers blocked on a ticket wake up and see the exhausted source.
        drop(ticket_tx);
        // Join each OS thread (the scope alone only waits for the closures to return), so no
        // thread outlives the call, not even one still exiting, when the caller forks next.
        for w in workers {
            if let Err(panic) = w.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_across_threads() {
        let mut out = Vec::new();
        map_ordered(
            0..1000u64,
            4,
            |x| {
                // Uneven work so results finish out of order.
                let spin = (x * 7919) % 50;
                (0..spin).fold(x, |a, b| a.wrapping_add(b)) - (0..spin).sum::<u64>()
            },
            |y| out.push(y),
        );
        assert_eq!(out, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn one_thread_and_empty_input() {
        let mut out = Vec::new();
        map_ordered(0..3, 1, |x| x * 2, |y| out.push(y));
        assert_eq!(out, [0, 2, 4]);
        let mut none: Vec<i32> = Vec::new();
        map_ordered(std::iter::empty::<i32>(), 3, |x| x, |y| none.push(y));
        assert!(none.is_empty());
    }
}
