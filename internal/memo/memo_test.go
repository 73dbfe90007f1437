package memo

import (
	"strconv"
	"sync"
	"testing"
	"unsafe"
)

func TestGetPut(t *testing.T) {
	tests := []struct {
		name    string
		put     []string
		get     string
		want    int
		wantHit bool
	}{
		{"empty table misses", nil, "a", 0, false},
		{"stored key hits", []string{"a"}, "a", 1, true},
		{"other key misses", []string{"a"}, "b", 0, false},
		{"empty key is a key", []string{""}, "", 1, true},
		{"too long is never stored", []string{"0123456789abcdefX"}, "0123456789abcdefX", 0, false},
		{"at the limit is stored", []string{"0123456789abcdef"}, "0123456789abcdef", 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := New[int](8, 16)
			for _, k := range tt.put {
				tb.Put(k, 1)
			}
			got, ok := tb.Get(tt.get)
			if got != tt.want || ok != tt.wantHit {
				t.Errorf("Get(%q) = %d, %v; want %d, %v", tt.get, got, ok, tt.want, tt.wantHit)
			}
		})
	}
}

func TestBounded(t *testing.T) {
	tb := New[int](100, 64)
	if len(tb.slots) != 128 {
		t.Fatalf("slots = %d, want 128 (next power of two)", len(tb.slots))
	}
	for i := range 10000 {
		k := strconv.Itoa(i)
		tb.Put(k, i)
		if v, ok := tb.Get(k); !ok || v != i {
			t.Fatalf("Get(%q) right after Put = %d, %v", k, v, ok)
		}
	}
	if n := tb.Len(); n > 128 || n < 64 {
		t.Errorf("Len = %d after 10000 keys, want at most 128 (and most slots used)", n)
	}
	// Whatever is still there must be right.
	hits := 0
	for i := range 10000 {
		if v, ok := tb.Get(strconv.Itoa(i)); ok {
			hits++
			if v != i {
				t.Fatalf("key %d holds %d", i, v)
			}
		}
	}
	if hits != tb.Len() {
		t.Errorf("hits = %d, Len = %d", hits, tb.Len())
	}
}

func TestKeyCopied(t *testing.T) {
	tb := New[int](8, 16)
	buf := []byte("abc")
	tb.Put(unsafe.String(&buf[0], len(buf)), 7)
	copy(buf, "xyz")
	if _, ok := tb.Get("xyz"); ok {
		t.Error("the table kept the caller's buffer, not a copy")
	}
	if v, ok := tb.Get("abc"); !ok || v != 7 {
		t.Errorf("Get(abc) = %d, %v; want 7, true", v, ok)
	}
}

func TestConcurrent(t *testing.T) {
	tb := New[string](64, 32)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 2000 {
				k := strconv.Itoa((i * (g + 1)) % 300)
				if v, ok := tb.Get(k); ok && v != "v"+k {
					t.Errorf("Get(%q) = %q", k, v)
					return
				}
				tb.Put(k, "v"+k)
			}
		})
	}
	wg.Wait()
}

func BenchmarkGetHit(b *testing.B) {
	tb := New[int](1024, 256)
	keys := []string{"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15", "gmail.com", "VP Marketing", "25k-100k"}
	for i, k := range keys {
		tb.Put(k, i)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, ok := tb.Get(keys[i&3]); !ok {
			b.Fatal("miss")
		}
		i++
	}
}
