/**
 * Deliberately broken classes, laid out like the real modules under this package, that prove each
 * architecture rule can fail. Never part of the real import (see ArchitectureTest).
 */
package org.budayang.architecture.violations;
