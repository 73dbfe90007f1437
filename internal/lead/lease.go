package lead

import "time"

// Lease is a worker's exclusive hold, until Until, on a lead's follow-up
// work, taken in storage so that two workers never send the same email:
// change Lead's Handoff and Nurture, then give the lease back to the store
// that issued it, which writes them.
type Lease struct {
	Lead  *Lead
	Until time.Time
	// Token identifies the hold to the store that issued it; opaque to
	// workers.
	Token string
	// Claimed is the enrollment as it was when the lease was taken, so the
	// store writes the enrollment back only when the worker changed it.
	Claimed *Enrollment
	// Basis is, until the lease's first write, the version of the lead the
	// store read (opaque to workers). A lease costs no write of its own:
	// the store takes it with the worker's first write (an intent, or the
	// release), on condition that the lead is still as read, so that of
	// two workers that read the same lead only one ever writes.
	Basis string
}
